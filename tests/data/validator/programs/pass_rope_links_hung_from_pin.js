// Cut the rope: a candy hangs from a fixed pin on a rope of eight links; clicking on the rope cuts it there so the candy drops, and when the candy lands in the cup below it shows "Yum!".
const LINKS = 8;
const LINK_LEN = 22;
const PIN = { x: 300, y: 60 };

class RopeScene extends Phaser.Scene {
  constructor() {
    super('rope');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x8d6e63).fillRect(0, 0, 6, 14).generateTexture('link', 6, 14);
    g.clear().fillStyle(0xe91e63).fillCircle(14, 14, 14).fillStyle(0xffffff).fillCircle(9, 9, 4).generateTexture('candy', 28, 28);
    g.clear().fillStyle(0x455a64).fillCircle(8, 8, 8).generateTexture('pin', 16, 16);
    g.destroy();

    const noSelf = { collisionFilter: { group: -1 } };
    this.pin = this.matter.add.image(PIN.x, PIN.y, 'pin', null, { isStatic: true, ...noSelf });
    this.rope = [];
    let prev = this.pin;
    for (let i = 1; i <= LINKS; i++) {
      const link = this.matter.add.image(PIN.x, PIN.y + i * LINK_LEN, 'link', null, { ...noSelf, frictionAir: 0.02 });
      this.rope.push(this.matter.add.constraint(prev.body, link.body, LINK_LEN, 0.9));
      prev = link;
    }
    this.candy = this.matter.add.image(PIN.x, PIN.y + (LINKS + 1) * LINK_LEN, 'candy');
    this.candy.setCircle(14);
    this.rope.push(this.matter.add.constraint(prev.body, this.candy.body, LINK_LEN, 0.9));

    [[300, 592, 110, 12], [250, 560, 12, 70], [350, 560, 12, 70]].forEach(([x, y, w, h]) => {
      this.add.rectangle(x, y, w, h, 0x90caf9);
      this.matter.add.rectangle(x, y, w, h, { isStatic: true });
    });
    this.cupSensor = this.matter.add.rectangle(300, 570, 80, 30, { isStatic: true, isSensor: true });

    this.ropeGfx = this.add.graphics();
    this.msg = this.add.text(300, 300, '', { fontSize: '48px', color: '#ffeb3b' }).setOrigin(0.5);
    this.fed = false;

    this.input.on('pointerdown', (pointer) => {
      const cut = this.rope.find(({ bodyA, bodyB }) =>
        Phaser.Math.Distance.Between(pointer.x, pointer.y,
          (bodyA.position.x + bodyB.position.x) / 2, (bodyA.position.y + bodyB.position.y) / 2) < 14);
      if (!cut) return;
      this.matter.world.removeConstraint(cut);
      Phaser.Utils.Array.Remove(this.rope, cut);
    });

    this.matter.world.on('collisionstart', (event) => {
      event.pairs.forEach(({ bodyA, bodyB }) => {
        const pair = [bodyA, bodyB];
        if (!this.fed && pair.includes(this.cupSensor) && pair.includes(this.candy.body)) {
          this.fed = true;
          this.msg.setText('Yum!');
        }
      });
    });
  }

  update() {
    this.ropeGfx.clear().lineStyle(3, 0x6d4c41);
    this.rope.forEach(({ bodyA, bodyB }) => this.ropeGfx.lineBetween(bodyA.position.x, bodyA.position.y, bodyB.position.x, bodyB.position.y));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 600,
  height: 640,
  backgroundColor: '#fff3e0',
  physics: { default: 'matter', matter: { gravity: { y: 1 } } },
  scene: RopeScene
});
