// 5 个红色物体以 120 速度随机移动，碰撞时反弹。
const COUNT = 5;
const SPEED = 120;
const R = 18;
const TURN_MS = 1500;
const STARTS = [[160, 150], [620, 140], [400, 300], [170, 450], [630, 460]];

function randomHeading(scene, mover) {
  const angle = Phaser.Math.FloatBetween(-Math.PI, Math.PI);
  scene.physics.velocityFromRotation(angle, SPEED, mover.body.velocity);
}

function keepSpeed(mover) {
  const v = mover.body.velocity;
  if (v.lengthSq() > 0) v.setLength(SPEED);
}

const wanderScene = {
  key: 'wanderers',

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x000000, 0.25).fillRect(0, 0, 40, 40);
    g.lineStyle(1, 0x5d4037, 0.5).strokeRect(0, 0, 40, 40);
    g.generateTexture('floor-cell', 40, 40);
    g.destroy();
  },

  create() {
    this.bounces = 0;
    this.turns = 0;
    this.add.tileSprite(400, 300, 800, 600, 'floor-cell');

    this.movers = this.physics.add.group({ bounceX: 1, bounceY: 1, collideWorldBounds: true });

    STARTS.slice(0, COUNT).forEach(([x, y], i) => {
      const g = this.add.graphics({ x, y });
      g.fillStyle(0xe53935, 1).fillCircle(0, 0, R);
      g.fillStyle(0xffcdd2, 1).fillCircle(-6, -6, 5);
      g.lineStyle(2, 0xb71c1c, 1).strokeCircle(0, 0, R);
      this.movers.add(g);
      g.body.setCircle(R, -R, -R);
      g.setData('id', i + 1);
      randomHeading(this, g);
    });

    this.physics.add.collider(this.movers, this.movers, () => {
      this.bounces += 1;
    });

    this.time.addEvent({
      delay: TURN_MS,
      loop: true,
      callback: () => {
        this.movers.getChildren().forEach((m) => randomHeading(this, m));
        this.turns += 1;
      }
    });

    this.hud = this.add.text(12, 10, '', { fontFamily: 'Arial', fontSize: '18px', color: '#ffebee', backgroundColor: '#00000080' });
  },

  update() {
    this.movers.getChildren().forEach(keepSpeed);
    this.hud.setText(`红色物体: ${COUNT}   速度: ${SPEED}   碰撞反弹: ${this.bounces}   换向: ${this.turns}`);
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#3e2723',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: wanderScene
};

new Phaser.Game(config);
