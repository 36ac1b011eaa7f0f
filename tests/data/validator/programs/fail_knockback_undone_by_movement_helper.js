// 受伤击退：碰到尖刺时角色被击退并闪烁
class HurtScene extends Phaser.Scene {
  constructor() { super('hurt'); }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xff88cc).fillCircle(20, 20, 20).generateTexture('hero', 40, 40);
    g.clear().fillStyle(0xaa2222).fillTriangle(0, 40, 20, 0, 40, 40).generateTexture('spike', 40, 40);
    g.destroy();
  }

  create() {
    this.hp = 3;
    this.player = this.physics.add.image(400, 300, 'hero').setCollideWorldBounds(true);
    this.spikes = this.physics.add.staticGroup();
    [[200, 300], [600, 300], [400, 150]].forEach(([x, y]) => this.spikes.create(x, y, 'spike'));
    this.physics.add.overlap(this.player, this.spikes, this.onSpike, null, this);
    this.keys = this.input.keyboard.addKeys('W,A,S,D');
    this.hpText = this.add.text(16, 16, 'HP: 3', { fontSize: '20px', color: '#fff' });
  }

  onSpike(player, spike) {
    if (player.alpha < 1) return; // 无敌中
    this.hp -= 1;
    this.hpText.setText('HP: ' + this.hp);
    // 击退：远离尖刺
    const angle = Phaser.Math.Angle.Between(spike.x, spike.y, player.x, player.y);
    player.setVelocity(Math.cos(angle) * 400, Math.sin(angle) * 400);
    this.tweens.add({ targets: player, alpha: 0.3, duration: 120, yoyo: true, repeat: 5, onComplete: () => player.setAlpha(1) });
  }

  handleMovement() {
    const speed = 180;
    const vx = (this.keys.D.isDown ? speed : 0) - (this.keys.A.isDown ? speed : 0);
    const vy = (this.keys.S.isDown ? speed : 0) - (this.keys.W.isDown ? speed : 0);
    this.player.setVelocity(vx, vy);
  }

  update() {
    this.handleMovement();
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#202830',
  physics: { default: 'arcade' },
  scene: HurtScene
});
