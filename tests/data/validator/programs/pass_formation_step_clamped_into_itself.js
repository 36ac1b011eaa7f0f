// 同时控制 3 个红色对象：按方向键时所有对象同步移动，速度 120。
const SPEED = 120;

class SquadScene extends Phaser.Scene {
  constructor() {
    super({ key: 'SquadScene' });
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xc0392b, 1);
    g.fillRoundedRect(0, 0, 40, 40, 8);
    g.lineStyle(3, 0xf1948a, 1);
    g.strokeRoundedRect(2, 2, 36, 36, 6);
    g.generateTexture('redBox', 40, 40);
    g.destroy();
  }

  create() {
    this.squad = this.add.group();
    [[300, 300], [400, 260], [500, 300]].forEach(([x, y], i) => {
      const box = this.squad.create(x, y, 'redBox');
      box.setData('id', i + 1);
    });

    this.cursors = this.input.keyboard.createCursorKeys();
    this.moving = false;
    this.info = this.add.text(12, 12, '', { fontSize: '16px', color: '#fdedec' });
  }

  update(time, delta) {
    let dx = 0;
    let dy = 0;
    if (this.cursors.left.isDown) dx -= 1;
    if (this.cursors.right.isDown) dx += 1;
    if (this.cursors.up.isDown) dy -= 1;
    if (this.cursors.down.isDown) dy += 1;

    const members = this.squad.getChildren();
    this.moving = dx !== 0 || dy !== 0;

    if (this.moving) {
      const len = Math.hypot(dx, dy);
      let stepX = (dx / len) * SPEED * (delta / 1000);
      let stepY = (dy / len) * SPEED * (delta / 1000);

      // keep the whole formation on screen so the members never drift apart
      const minX = Math.min(...members.map((m) => m.x)) - 20;
      const maxX = Math.max(...members.map((m) => m.x)) + 20;
      const minY = Math.min(...members.map((m) => m.y)) - 20;
      const maxY = Math.max(...members.map((m) => m.y)) + 20;
      stepX = Phaser.Math.Clamp(stepX, -minX, this.scale.width - maxX);
      stepY = Phaser.Math.Clamp(stepY, -minY, this.scale.height - maxY);

      Phaser.Actions.IncXY(members, stepX, stepY);
    }

    const lead = members[0];
    this.info.setText(`Objects: ${members.length}   Moving: ${this.moving}   Leader: ${Math.round(lead.x)}, ${Math.round(lead.y)}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1c1c1c',
  scene: [SquadScene],
});
