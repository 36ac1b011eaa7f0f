// Task: Two-player brawler: P1 (A/D move, F punch, S block) and P2 (←/→ move, L punch, ↓ block) have 100 HP health bars; a punch in reach deals 10 damage and knocks the other fighter back, a blocked punch deals only 2 and no knockback, and a KO ends the round (R restarts).
class Fighter extends Phaser.Physics.Arcade.Sprite {
  constructor(scene, x, texture, keys) {
    super(scene, x, 330, texture);
    scene.add.existing(this);
    scene.physics.add.existing(this);
    this.setCollideWorldBounds(true).setDrag(900, 0);
    this.keys = keys;
    this.hp = 100;
    this.nextPunch = 0;
    this.stunnedUntil = 0;
  }

  isBlocking() {
    return this.keys.block.isDown;
  }

  control(time, opponent) {
    this.setFlipX(opponent.x < this.x);
    if (time < this.stunnedUntil) return;
    if (this.isBlocking()) {
      this.setVelocityX(0).setTint(0x8888ff);
      return;
    }
    this.clearTint();
    const dir = this.keys.right.isDown - this.keys.left.isDown;
    this.setVelocityX(dir * 200);
    if (Phaser.Input.Keyboard.JustDown(this.keys.punch) && time >= this.nextPunch) {
      this.nextPunch = time + 350;
      this.scene.punch(this, opponent, time);
    }
  }
}

class RingScene extends Phaser.Scene {
  constructor() {
    super('Ring');
  }

  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xe8e8e8).fillRect(0, 0, 44, 100).generateTexture('p1', 44, 100);
    g.clear().fillStyle(0x222222).fillRect(0, 0, 44, 100).generateTexture('p2', 44, 100);
    g.destroy();
    this.add.rectangle(400, 415, 800, 70, 0x7a5230);

    const kb = this.input.keyboard;
    this.p1 = new Fighter(this, 250, 'p1', kb.addKeys({ left: 'A', right: 'D', punch: 'F', block: 'S' }));
    this.p2 = new Fighter(this, 550, 'p2', kb.addKeys({ left: 'LEFT', right: 'RIGHT', punch: 'L', block: 'DOWN' }));
    this.physics.add.collider(this.p1, this.p2);

    this.bars = this.add.graphics();
    this.banner = this.add.text(400, 160, '', { fontSize: '48px', color: '#ffdd55' }).setOrigin(0.5);
    this.roundOver = false;
    kb.on('keydown-R', () => this.scene.restart());
    this.drawBars();
  }

  punch(attacker, defender, time) {
    const reach = Math.abs(defender.x - attacker.x);
    const facing = attacker.flipX ? -1 : 1;
    this.tweens.add({ targets: attacker, x: attacker.x + facing * 8, duration: 60, yoyo: true });
    if (reach > 80) return;

    if (defender.isBlocking()) {
      defender.hp -= 2;
    } else {
      defender.hp -= 10;
      defender.stunnedUntil = time + 300;
      defender.setVelocityX(facing * 420).setTintFill(0xff4444);
      this.time.delayedCall(120, () => defender.clearTint());
    }
    defender.hp = Math.max(0, defender.hp);
    this.drawBars();
    if (defender.hp === 0) {
      this.roundOver = true;
      this.physics.pause();
      this.banner.setText(`${attacker === this.p1 ? 'P1' : 'P2'} WINS!  (R)`);
    }
  }

  drawBars() {
    this.bars.clear();
    [[this.p1, 40], [this.p2, 460]].forEach(([f, x]) => {
      this.bars.fillStyle(0x550000).fillRect(x, 30, 300, 22);
      this.bars.fillStyle(0x44dd44).fillRect(x, 30, 3 * f.hp, 22);
    });
  }

  update(time) {
    if (this.roundOver) return;
    this.p1.control(time, this.p2);
    this.p2.control(time, this.p1);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 450,
  backgroundColor: '#2d3a55',
  physics: { default: 'arcade' },
  scene: RingScene,
});
