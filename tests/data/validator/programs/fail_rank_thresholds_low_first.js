// Score rank: show Bronze from 100 points, Silver from 500, Gold from 1000; click the coin for +50
function rankOf(score) {
  if (score >= 100) return 'Bronze';
  if (score >= 500) return 'Silver';
  if (score >= 1000) return 'Gold';
  return 'None';
}
class RankScene extends Phaser.Scene {
  constructor() { super('rank'); }
  create() {
    this.score = 0;
    this.info = this.add.text(20, 20, '', { fontSize: '24px', color: '#fff' });
    this.add.circle(400, 300, 50, 0xffd600).setInteractive().on('pointerdown', () => { this.score += 50; this.show(); });
    this.show();
  }
  show() { this.info.setText('Score ' + this.score + '  Rank: ' + rankOf(this.score)); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a237e', scene: RankScene });
